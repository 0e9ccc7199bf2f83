// @ts-check

/**
 * A feed of convention scopes whose conventions changed, for the answer
 * caches of every replica: each one reads the rows added since it last
 * looked and drops the answers built from those scopes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('agent_context_scope_changes', table => {
    table.comment(
      'Convention scopes whose conventions changed, for other replicas',
    );
    table
      .bigIncrements('id')
      .comment('Increases with every change; replicas read from the last seen');
    table
      .string('scope', 255)
      .notNullable()
      .comment("'global' or a lower-case entity ref");
    table.string('at', 32).notNullable().comment('ISO 8601, UTC');
    table.index(['at'], 'agent_context_scope_changes_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('agent_context_scope_changes');
};
