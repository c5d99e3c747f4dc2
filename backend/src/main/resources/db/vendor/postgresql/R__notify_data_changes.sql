-- Every committed change of any table notifies the channel zongshu_data_changed (the table's name as the
-- payload): each backend listens and drops the public reads it keeps (io.zongshu.cache.DataChangeListener).
-- NOTIFY is transactional: sent at commit, never for a rolled-back change, once per table and transaction.
-- Statement-level, so an import of many rows costs one call. Re-run at every migration (the timestamp
-- below changes its checksum) so that tables added by later migrations get the trigger too.
-- Applied: ${flyway:timestamp}
CREATE OR REPLACE FUNCTION zongshu_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('zongshu_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables
           WHERE schemaname = current_schema() AND tablename NOT LIKE 'flyway_schema_history%'
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER zongshu_notify_data_changed '
                   'AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zongshu_notify_data_changed()', t);
  END LOOP;
END
$$;
