import { parseEntityRefParams } from './parseEntityRefParams';

describe('parseEntityRefParams', () => {
  it('accepts what the catalog accepts', () => {
    expect(
      parseEntityRefParams({
        kind: 'Component',
        namespace: 'default',
        name: 'checkout_service.v2',
      }),
    ).toEqual({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout_service.v2',
    });
  });

  it('names the missing segment', () => {
    expect(() =>
      parseEntityRefParams({ kind: 'component', namespace: 'default' }),
    ).toThrow("Invalid entity name ''");
  });
});
