import {
  sampleReadinessItems,
  sampleServiceItems,
} from '../__fixtures__/adoption';
import { joinReadiness } from './joinReadiness';

describe('joinReadiness', () => {
  it('gives each service its own score, whatever the case of its ref', () => {
    const services = [
      { ...sampleServiceItems[0], ref: 'Component:default/Checkout-Service' },
      sampleServiceItems[3],
      sampleServiceItems[1],
    ];
    const joined = joinReadiness(services, sampleReadinessItems);

    expect(joined.map(row => [row.ref, row.readiness?.score])).toEqual([
      ['Component:default/Checkout-Service', 78],
      ['component:default/legacy-ledger', 22],
      // Not in the readiness list: no score rather than a made-up one.
      ['component:default/payments-service', undefined],
    ]);
  });
});
