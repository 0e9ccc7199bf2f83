import express from 'express';
import { Answer } from '../answers/AnswerCache';

/**
 * Whether an `If-None-Match` header names this ETag: one of a list, or
 * `*`. Weak comparison, as RFC 9110 asks for this header, so a `W/` copy
 * of the validator counts too.
 */
export function ifNoneMatchMatches(
  header: string | undefined,
  etag: string,
): boolean {
  if (!header) {
    return false;
  }
  return header
    .split(',')
    .map(candidate => candidate.trim().replace(/^W\//, ''))
    .some(candidate => candidate === '*' || candidate === etag);
}

/**
 * Sends a ready answer with its validator, or 304 when the caller holds
 * these bytes already. Private: the answer is what this caller may see.
 */
export function sendAnswer(
  req: express.Request,
  res: express.Response,
  answer: Answer,
): void {
  res.setHeader('ETag', answer.etag);
  res.setHeader('Vary', 'Authorization, Cookie');
  res.setHeader('Cache-Control', 'private, no-cache');
  if (ifNoneMatchMatches(req.headers['if-none-match'], answer.etag)) {
    res.status(304).end();
    return;
  }
  res.type(answer.contentType).send(answer.body);
}
