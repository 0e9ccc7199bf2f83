import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { RepositoryConventionsReader } from './RepositoryConventionsReader';

const SCHEDULE_KEY = 'agentContext.conventions.repository.schedule';

/** The scheduler task id; one replica runs it at a time. */
export const REPOSITORY_CONVENTIONS_TASK_ID =
  'agent-context-repository-conventions';

/**
 * Every two minutes: a pushed change reaches agents soon, while a few
 * hundred annotated entities stay far below source hosts' rate limits
 * (unchanged files answer the etag check without a download). The short
 * initial delay lets the catalog finish starting first.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 2 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 10 },
};

/** The refresh schedule from app-config, or the default. */
export function readRepositoryConventionsSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(SCHEDULE_KEY)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(SCHEDULE_KEY),
      )
    : DEFAULT_SCHEDULE;
}

/**
 * Runs the conventions-as-code reader on the scheduler, so that with
 * several backend replicas only one reads the files at a time.
 */
export async function scheduleRepositoryConventionsRefresh(options: {
  scheduler: SchedulerService;
  config: Config;
  reader: RepositoryConventionsReader;
}): Promise<void> {
  const { scheduler, config, reader } = options;
  await scheduler.scheduleTask({
    id: REPOSITORY_CONVENTIONS_TASK_ID,
    ...readRepositoryConventionsSchedule(config),
    fn: () => reader.refresh(),
  });
}
