// @ts-check

/**
 * The last value the OTLP receiver saw of each cumulative series (a metric
 * with one set of resource and point attributes), so that it can turn the
 * running totals exporters send into the increase since the previous
 * export: a re-sent export, a restarted portal or a restarted exporter
 * (new start time) then neither counts twice nor loses an increase. See
 * docs/adr/0028-otlp-cumulative-to-delta.md.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('agent_context_adoption_otlp_series', table => {
    table.comment('Last value seen per cumulative OTLP series');
    table
      .string('series_key', 64)
      .primary('agent_context_adoption_otlp_series_pk')
      .comment('SHA-256 of metric name, resource and point attributes');
    table.string('metric', 255).notNullable().comment('The OTLP metric name');
    table
      .string('start_time_unix_nano', 20)
      .notNullable()
      .comment('Decimal nanoseconds: when the exporter started counting');
    table
      .string('time_unix_nano', 20)
      .notNullable()
      .comment('Decimal nanoseconds: the last point taken');
    table.double('value').notNullable().comment('Sum or histogram sum');
    table.double('count').nullable().comment('Histogram count, else null');
    table.string('updated_at', 32).notNullable().comment('ISO 8601, UTC');
    table.index(
      ['updated_at'],
      'agent_context_adoption_otlp_series_updated_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('agent_context_adoption_otlp_series');
};
