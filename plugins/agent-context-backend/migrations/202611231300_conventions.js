/*
 * Conventions written in the portal, their append-only history, and the last
 * good conventions-as-code file read from each entity's repository.
 *
 * Times are ISO 8601 strings in UTC (`2026-11-23T13:00:00.000Z`) rather than
 * timestamp columns: they read back byte for byte on every database, where
 * timestamp columns come back as Date objects on PostgreSQL but as numbers or
 * strings on SQLite. The fixed format also sorts correctly as text.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('agent_context_conventions', table => {
    table.comment('Conventions edited in the portal or through the API');
    table
      .string('scope', 255)
      .notNullable()
      .comment("Where it is recorded: 'global' or a full entity ref");
    table
      .string('convention_id', 64)
      .notNullable()
      .comment('The id within the scope, e.g. SEC-004');
    table
      .string('action', 16)
      .notNullable()
      .comment("'define' states a convention, 'waive' switches one off");
    table
      .string('category', 16)
      .notNullable()
      .comment("'rule', 'command' or 'boundary'");
    table.text('title').notNullable().comment('One line');
    table.text('body').notNullable().comment('Markdown');
    table
      .string('severity', 16)
      .nullable()
      .comment("Rules only: 'must', 'should' or 'may'");
    table
      .text('applies_to')
      .nullable()
      .comment(
        'A filter predicate over the entity, as JSON; null: every entity',
      );
    table
      .boolean('enforced')
      .notNullable()
      .defaultTo(false)
      .comment('Whether narrower scopes may neither override nor waive it');
    table
      .text('reason')
      .nullable()
      .comment('Why a waiver or an override was made');
    table
      .integer('revision')
      .notNullable()
      .comment('Increases with every write; writes name the one they read');
    table.string('created_by', 255).notNullable().comment('Entity ref');
    table.string('created_at', 32).notNullable().comment('ISO 8601, UTC');
    table.string('updated_by', 255).notNullable().comment('Entity ref');
    table.string('updated_at', 32).notNullable().comment('ISO 8601, UTC');
    table.primary(['scope', 'convention_id']);
  });

  await knex.schema.createTable('agent_context_convention_history', table => {
    table.comment('Every write to a convention, never changed afterwards');
    table
      .increments('id')
      .comment('Increases with every change; orders the history');
    table.string('scope', 255).notNullable();
    table.string('convention_id', 64).notNullable();
    table
      .integer('revision')
      .notNullable()
      .comment(
        'The revision the change produced; for a delete, the one removed',
      );
    table
      .string('change', 16)
      .notNullable()
      .comment("'create', 'update' or 'delete'");
    table.string('author', 255).notNullable().comment('Entity ref');
    table.string('at', 32).notNullable().comment('ISO 8601, UTC');
    table
      .text('before')
      .nullable()
      .comment('The convention before the change, as JSON; null for a create');
    table
      .text('after')
      .nullable()
      .comment('The convention after the change, as JSON; null for a delete');
    table.index(
      ['scope', 'convention_id'],
      'agent_context_convention_history_id_idx',
    );
    table.index(['scope'], 'agent_context_convention_history_scope_idx');
  });

  await knex.schema.createTable(
    'agent_context_repository_conventions',
    table => {
      table.comment(
        'The last good conventions-as-code file of each entity, and its last read',
      );
      table
        .string('entity_ref', 255)
        .primary()
        .comment('The entity whose annotation names the file');
      table.text('location').notNullable().comment("The file's URL");
      table
        .text('conventions')
        .notNullable()
        .comment(
          'What the last good read found, as JSON; [] if none has worked',
        );
      table.text('etag').nullable().comment('Of the last good read');
      table
        .string('last_good_at', 32)
        .nullable()
        .comment('ISO 8601, UTC; null if no read has worked');
      table
        .string('last_checked_at', 32)
        .notNullable()
        .comment('ISO 8601, UTC');
      table
        .text('error')
        .nullable()
        .comment('Why the last read failed or the file was refused');
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('agent_context_repository_conventions');
  await knex.schema.dropTable('agent_context_convention_history');
  await knex.schema.dropTable('agent_context_conventions');
};
