import { mockServices } from '@backstage/backend-test-utils';
import { mountAdoption } from './mountAdoption';

describe('mountAdoption', () => {
  const environment = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = environment;
  });

  it('stops a production backend with demo data on before serving anything', async () => {
    process.env.NODE_ENV = 'production';
    const httpRouter = mockServices.httpRouter.mock();
    const deps = {
      config: mockServices.rootConfig({
        data: {
          agentContext: {
            adoption: {
              demo: { enabled: true },
              retention: { rowsDays: 90 },
            },
          },
        },
      }),
      httpRouter,
    } as unknown as Parameters<typeof mountAdoption>[0];

    await expect(mountAdoption(deps)).rejects.toThrow(
      'agentContext.adoption.demo.enabled is true in a production backend (NODE_ENV=production)',
    );
    expect(httpRouter.use).not.toHaveBeenCalled();
  });
});
