-- PostgreSQL: refuse, in the database itself, what the library never does: changing or deleting an
-- issued invoice, and changing or deleting any append-only row (audit records, payments, allocations,
-- artefact digests). Errors carry SQLSTATE Q2I01 and the marker "q2i-immutable".
-- A superuser or the tables' owner can still disable triggers: run the application under a role that
-- does not own the tables (see docs/issuing.md) so that only verify() is needed to catch that.

CREATE FUNCTION q2i_refuse_issued_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.issued THEN
            RAISE EXCEPTION 'q2i-immutable: issued invoice % (%) is never deleted', OLD.id, OLD.number USING ERRCODE = 'Q2I01';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.issued AND (NOT NEW.issued
                       OR NEW.id <> OLD.id
                       OR NEW.company <> OLD.company
                       OR NEW.kind <> OLD.kind
                       OR NEW.number IS DISTINCT FROM OLD.number
                       OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
                       OR NEW.body <> OLD.body
                       OR NEW.body_sha256 <> OLD.body_sha256) THEN
        RAISE EXCEPTION 'q2i-immutable: issued invoice % (%) cannot change; issue a credit note', OLD.id, OLD.number USING ERRCODE = 'Q2I01';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER q2i_invoice_immutable BEFORE UPDATE OR DELETE ON q2i_invoice
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_issued_invoice_change();

CREATE FUNCTION q2i_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'q2i-immutable: rows of % are append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'Q2I01';
END
$$;

CREATE TRIGGER q2i_audit_record_append_only BEFORE UPDATE OR DELETE ON q2i_audit_record
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_payment_append_only BEFORE UPDATE OR DELETE ON q2i_payment
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_payment_allocation_append_only BEFORE UPDATE OR DELETE ON q2i_payment_allocation
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_invoice_artefact_append_only BEFORE UPDATE OR DELETE ON q2i_invoice_artefact
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_audit_head_kept BEFORE DELETE ON q2i_audit_head
    FOR EACH ROW EXECUTE FUNCTION q2i_refuse_change();

-- TRUNCATE bypasses row triggers: refuse it on every table that keeps issued or recorded facts.
CREATE TRIGGER q2i_invoice_no_truncate BEFORE TRUNCATE ON q2i_invoice FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_audit_record_no_truncate BEFORE TRUNCATE ON q2i_audit_record FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_audit_head_no_truncate BEFORE TRUNCATE ON q2i_audit_head FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_payment_no_truncate BEFORE TRUNCATE ON q2i_payment FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_payment_allocation_no_truncate BEFORE TRUNCATE ON q2i_payment_allocation FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();
CREATE TRIGGER q2i_invoice_artefact_no_truncate BEFORE TRUNCATE ON q2i_invoice_artefact FOR EACH STATEMENT EXECUTE FUNCTION q2i_refuse_change();

-- Pending outbox messages are found through a partial index (PostgreSQL only).
CREATE INDEX q2i_outbox_pending_ix ON q2i_outbox (id) WHERE delivered_at IS NULL;
