import { sampleServiceItems, sampleTeamItems } from '../__fixtures__/adoption';
import { adoptionListCsv } from './adoptionListCsv';

describe('adoptionListCsv', () => {
  it('writes a service row with its facts, figures and baseline', () => {
    const [header, row] = adoptionListCsv(
      [sampleServiceItems[0]],
      'services',
    ).split('\r\n');

    expect(header).toBe(
      'ref,title,owner,system,lifecycle,active,activeUsers,requests,sessions,tokensIn,tokensOut,cost,mergeRequestsMerged,aiAssistedMergeRequestsMerged,mergeRequestsPerWeek,aiAssistedShare,contextFetches,baselineMergeRequestsPerWeek,baselineAiAssistedShare',
    );
    expect(row).toBe(
      'component:default/checkout-service,Checkout Service,group:default/checkout-team,system:default/checkout,production,true,8,34000,0,22000000,0,1250.2,64,40,5,0.63,1300,4,0.05',
    );
  });

  it('writes withheld figures as withheld, never as zero or empty', () => {
    const csv = adoptionListCsv([sampleTeamItems[2]], 'teams');

    expect(csv).toBe(
      'ref,title,parent,active,activeUsers,requests,sessions,tokensIn,tokensOut,cost,mergeRequestsMerged,aiAssistedMergeRequestsMerged,mergeRequestsPerWeek,aiAssistedShare,contextFetches,baselineMergeRequestsPerWeek,baselineAiAssistedShare\r\n' +
        'group:default/ml-team,ML,group:default/data-and-ml,true,withheld,withheld,withheld,withheld,withheld,withheld,30,6,2.3,0.2,withheld,4,0.05\r\n',
    );
  });

  it('leaves a share with nothing merged empty', () => {
    const [, row] = adoptionListCsv([sampleTeamItems[3]], 'teams').split(
      '\r\n',
    );
    expect(row).toBe(
      'group:default/data-team,Data,group:default/data-and-ml,false,0,0,0,0,0,0,0,0,0,,0,4,0.05',
    );
  });
});
