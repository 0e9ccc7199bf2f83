import express from 'express';

/**
 * Sends a Markdown body. The typed router types a response's body from its
 * `application/json` schema only, so a route that also answers
 * `text/markdown` sends that text through the plain Express response its
 * typed one extends.
 */
export function sendMarkdown(res: express.Response, markdown: string): void {
  res.type('text/markdown; charset=utf-8').send(markdown);
}
