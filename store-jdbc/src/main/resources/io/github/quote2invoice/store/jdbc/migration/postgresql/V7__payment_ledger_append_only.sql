-- PostgreSQL: the ledger journal is append-only (function q2i_refuse_change of V2): no UPDATE, DELETE or TRUNCATE.
CREATE TRIGGER q2i_ledger_entry_append_only BEFORE UPDATE OR DELETE ON q2i_ledger_entry
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_ledger_key_append_only BEFORE UPDATE OR DELETE ON q2i_ledger_key
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_ledger_entry_no_truncate BEFORE TRUNCATE ON q2i_ledger_entry FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_ledger_key_no_truncate BEFORE TRUNCATE ON q2i_ledger_key FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_ledger_head_kept BEFORE DELETE ON q2i_ledger_head
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_ledger_head_no_truncate BEFORE TRUNCATE ON q2i_ledger_head FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
