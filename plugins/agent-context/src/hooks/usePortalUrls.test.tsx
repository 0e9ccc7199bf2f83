import { configApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, mockApis } from '@backstage/test-utils';
import { renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { usePortalUrls } from './usePortalUrls';

describe('usePortalUrls', () => {
  it('reads the backend and app base URLs without trailing slashes', () => {
    const config = mockApis.config({
      data: {
        backend: { baseUrl: 'https://portal.example.com/' },
        app: { baseUrl: 'https://portal.example.com' },
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[configApiRef, config]]}>
        {children}
      </TestApiProvider>
    );

    const { result } = renderHook(() => usePortalUrls(), { wrapper });

    expect(result.current).toEqual({
      backendBaseUrl: 'https://portal.example.com',
      appBaseUrl: 'https://portal.example.com',
    });
  });
});
