import { AdoptionListQuery } from '@agent-context/plugin-agent-context-common';
import { sampleListOf, sampleServiceItems } from '../__fixtures__/adoption';
import { fetchAllPages } from './fetchAllPages';

describe('fetchAllPages', () => {
  it('follows the cursor with the largest pages and keeps the filters and order', async () => {
    const list = jest
      .fn()
      .mockResolvedValueOnce({
        ...sampleListOf(sampleServiceItems.slice(0, 2)),
        nextCursor: 'page-2',
      })
      .mockResolvedValueOnce(sampleListOf(sampleServiceItems.slice(2)));
    const query: AdoptionListQuery = {
      from: '2026-09-04',
      to: '2026-12-02',
      owner: 'payments-team',
      sort: 'cost',
      order: 'asc',
      limit: 50,
      offset: 100,
    };

    const items = await fetchAllPages(list, query);

    expect(items.map(item => item.ref)).toEqual(
      sampleServiceItems.map(item => item.ref),
    );
    const base = {
      from: '2026-09-04',
      to: '2026-12-02',
      owner: 'payments-team',
      sort: 'cost',
      order: 'asc',
      limit: 500,
    };
    expect(list.mock.calls).toEqual([
      [{ ...base, cursor: undefined }],
      [{ ...base, cursor: 'page-2' }],
    ]);
  });

  it('stops with an error when the list answers the same cursor again', async () => {
    const list = jest.fn().mockResolvedValue({
      ...sampleListOf(sampleServiceItems.slice(0, 1)),
      nextCursor: 'again',
    });

    await expect(fetchAllPages(list, {})).rejects.toThrow(
      "The list answered the cursor 'again' twice",
    );
    expect(list).toHaveBeenCalledTimes(2);
  });
});
