// @ts-check

/**
 * Adoption data: the rows every source sends, and the rollups that every
 * query reads, so that dashboards stay fast over months of rows.
 *
 * A row is idempotent on (source, source_id): sent again, it replaces the
 * first one, and the rollups move by the difference. Rollups and distinct
 * users are kept per day and scope: the whole organisation ('org', ref ''),
 * each entity ('entity') and each team ('team'); ref '' under 'entity' or
 * 'team' holds what could not be attributed. `rows` counts the rows behind
 * each rollup, so that one whose rows are all replaced or pruned is removed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('agent_context_adoption_rows', table => {
    table.comment('Usage rows as sent, pseudonymised; pruned after retention');
    table.bigIncrements('id');
    table.string('source', 64).notNullable();
    table.string('source_id', 256).notNullable().comment('Unique per source');
    table.string('kind', 8).notNullable().comment("'event' or 'daily'");
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('occurred_at', 32).nullable().comment('ISO 8601, events');
    table.string('entity_ref', 512).nullable().comment('Attributed entity');
    table.text('team_refs').notNullable().comment('JSON array of group refs');
    table.string('user_key', 64).nullable().comment('Keyed hash, never an id');
    table.string('tool', 64).notNullable().defaultTo('');
    table.string('model', 128).notNullable().defaultTo('');
    table.string('provider', 64).notNullable().defaultTo('');
    table.text('metrics').notNullable().comment('JSON object of figures');
    table.string('received_at', 32).notNullable().comment('ISO 8601, UTC');
    table.unique(['source', 'source_id'], {
      indexName: 'agent_context_adoption_rows_source_idx',
    });
    table.index(['day'], 'agent_context_adoption_rows_day_idx');
    table.index(
      ['source', 'day'],
      'agent_context_adoption_rows_source_day_idx',
    );
  });

  await knex.schema.createTable('agent_context_adoption_rollups', table => {
    table.comment('Sums per day, scope, metric and dimension');
    table
      .string('scope_kind', 8)
      .notNullable()
      .comment("'org', 'entity', 'team'");
    table
      .string('scope_ref', 512)
      .notNullable()
      .comment("'' = org or unattributed");
    table.string('day', 10).notNullable();
    table.string('metric', 64).notNullable();
    table.string('tool', 64).notNullable().defaultTo('');
    table.string('model', 128).notNullable().defaultTo('');
    table.string('provider', 64).notNullable().defaultTo('');
    table.double('value').notNullable();
    table.integer('rows').notNullable().comment('Rows summed into value');
    // The name as a string: knex's SQLite dialect renders the options
    // object form as invalid SQL.
    table.primary(
      ['scope_kind', 'scope_ref', 'day', 'metric', 'tool', 'model', 'provider'],
      'agent_context_adoption_rollups_pk',
    );
    table.index(
      ['scope_kind', 'day'],
      'agent_context_adoption_rollups_day_idx',
    );
  });

  await knex.schema.createTable('agent_context_adoption_users', table => {
    table.comment('Distinct pseudonymous users per day, scope and tool');
    table.string('scope_kind', 8).notNullable();
    table.string('scope_ref', 512).notNullable();
    table.string('day', 10).notNullable();
    table.string('user_key', 64).notNullable();
    table.string('tool', 64).notNullable().defaultTo('');
    table.integer('rows').notNullable().comment('Rows behind this user-day');
    table.primary(
      ['scope_kind', 'scope_ref', 'day', 'user_key', 'tool'],
      'agent_context_adoption_users_pk',
    );
    table.index(['scope_kind', 'day'], 'agent_context_adoption_users_day_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('agent_context_adoption_users');
  await knex.schema.dropTable('agent_context_adoption_rollups');
  await knex.schema.dropTable('agent_context_adoption_rows');
};
