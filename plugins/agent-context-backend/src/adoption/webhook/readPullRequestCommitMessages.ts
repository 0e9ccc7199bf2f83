// GitHub lists at most 250 commits of a pull request, 100 a page.
const MAX_PAGES = 3;
// GitHub gives up on a delivery after 10 seconds; the pull request is
// recorded without the commit check rather than not at all.
const PAGE_TIMEOUT_MS = 3000;

function nextPage(link: string | null): string | undefined {
  return link
    ?.split(',')
    .map(part => /<([^>]+)>\s*;\s*rel="next"/.exec(part)?.[1])
    .find(Boolean);
}

/**
 * The commit messages of a pull request, read page by page from its
 * `commits_url`. The token is only ever sent to the configured API: a URL
 * elsewhere is refused.
 */
export async function readPullRequestCommitMessages(
  commitsUrl: string,
  options: { apiBaseUrl: string; token?: string },
): Promise<string[]> {
  const messages: string[] = [];
  const first = new URL(commitsUrl);
  first.searchParams.set('per_page', '100');
  let url: string | undefined = first.toString();
  for (let page = 0; url && page < MAX_PAGES; page++) {
    if (!url.startsWith(`${options.apiBaseUrl}/`)) {
      throw new Error(
        `${url} is not under the configured GitHub API ${options.apiBaseUrl}`,
      );
    }
    const response = await fetch(url, {
      signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
      headers: {
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
    });
    if (!response.ok) {
      throw new Error(`GitHub answered ${response.status} for ${url}`);
    }
    const commits = (await response.json()) as Array<{
      commit?: { message?: unknown };
    }>;
    if (!Array.isArray(commits)) {
      throw new Error(
        `GitHub answered something other than commits for ${url}`,
      );
    }
    for (const item of commits) {
      if (typeof item?.commit?.message === 'string') {
        messages.push(item.commit.message);
      }
    }
    url = nextPage(response.headers.get('link'));
  }
  return messages;
}
