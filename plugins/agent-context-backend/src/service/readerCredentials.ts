import {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';

/**
 * How the routes learn who reads: a user or a service (agents), as the
 * catalog should see them (see catalogCredentialsFor).
 */
export function readerCredentials(
  httpAuth: HttpAuthService,
  auth: AuthService,
): (req: express.Request) => Promise<BackstageCredentials> {
  return async req =>
    catalogCredentialsFor(
      await httpAuth.credentials(req, { allow: ['user', 'service'] }),
      auth,
    );
}
