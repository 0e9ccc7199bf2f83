// @ts-check

/**
 * Where each adoption connector has got to: the last whole day it pulled
 * and handed to ingestion, so that a restart (or another replica taking
 * over the scheduled task) resumes there instead of backfilling again.
 * A day is pulled and stored whole, so no paging position outlives a run.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'agent_context_adoption_connector_cursors',
    table => {
      table.comment('The last complete day each adoption connector pulled');
      table
        .string('connector', 64)
        // Unnamed: knex 3.3 writes an options object as an alias on SQLite.
        .primary()
        .comment('The connector name, also its rows’ source');
      table
        .string('last_day', 10)
        .notNullable()
        .comment('YYYY-MM-DD, UTC: the last day pulled and stored whole');
      table.string('updated_at', 32).notNullable().comment('ISO 8601, UTC');
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('agent_context_adoption_connector_cursors');
};
