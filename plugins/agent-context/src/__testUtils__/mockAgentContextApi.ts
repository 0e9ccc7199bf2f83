import { AgentContextApi } from '@agent-context/plugin-agent-context-common';

/** A typed mock of every method of the agent-context API. */
export function mockAgentContextApi(): jest.Mocked<AgentContextApi> {
  return {
    getEntityContext: jest.fn(),
    getAgentsMd: jest.fn(),
    getContextByRepository: jest.fn(),
    getConventionResolution: jest.fn(),
    getConventionScope: jest.fn(),
    createConvention: jest.fn(),
    updateConvention: jest.fn(),
    deleteConvention: jest.fn(),
    getConventionHistory: jest.fn(),
    getAdoptionOverview: jest.fn(),
    listAdoptionTeams: jest.fn(),
    listAdoptionEntities: jest.fn(),
    getEntityAdoption: jest.fn(),
    listReadiness: jest.fn(),
    getEntityReadiness: jest.fn(),
  };
}
