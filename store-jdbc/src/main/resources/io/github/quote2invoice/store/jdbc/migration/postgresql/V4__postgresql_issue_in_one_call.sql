-- PostgreSQL: issue an invoice in one call (JdbcIssuingShortcut), so that the series' counter stays locked
-- for the database's own work only, never for a network round trip or the application's CPU.
-- Does exactly what the step-by-step path does through the stores (JdbcDocumentStore.lockInvoice and
-- storeIssued, JdbcNumberSequence.next, JdbcAuditLog.append, JdbcOutbox.append), in the same lock order
-- (invoice row, counter row, audit head). The caller prepares every text before the number is known:
-- the invoice JSON, the audit records' digest inputs and details, the event payloads, with the number
-- replaced by p_number_mark (exactly as long as the number will be) and, in the digest inputs, the
-- document digest replaced by p_digest_mark. The function puts in the number and the digests.
--
-- Result: {'ISSUED', number, body digest}, or {'ISSUED_BEFORE', body, payment status} for a draft issued
-- earlier. As few statements and expressions as possible: each costs executor set-up in every call. Errors: SQLSTATE Q2I02 when the number outgrew the prepared texts (nothing written; the caller
-- issues step by step), Q2I03 'q2i-chronology <date>' when the series has a number dated after p_issue_date.

CREATE FUNCTION q2i_issue_invoice(
    p_id TEXT, p_company TEXT, p_kind TEXT, p_status TEXT, p_issue_date DATE, p_updated_at TIMESTAMPTZ,
    p_series TEXT, p_period TEXT, p_number_prefix TEXT, p_number_width INTEGER, p_number_suffix TEXT,
    p_number_mark TEXT, p_digest_mark TEXT, p_body TEXT,
    p_audit_time TIMESTAMPTZ, p_audit_actions TEXT[], p_audit_actors TEXT[], p_audit_details TEXT[], p_audit_fields TEXT[],
    p_event_time TIMESTAMPTZ, p_event_types TEXT[], p_event_keys TEXT[], p_event_payloads TEXT[])
RETURNS TEXT[]
LANGUAGE plpgsql AS $$
DECLARE
    v_issued BOOLEAN;
    v_earlier TEXT;
    v_payment_status TEXT;
    v_number TEXT;
    v_last_date DATE;
    v_digest TEXT;
    v_sequence BIGINT;
    v_previous TEXT;
BEGIN
    -- 1. The draft's row, locked: an invoice issued earlier from this draft is the answer.
    SELECT i.issued, CASE WHEN i.issued THEN i.body END, i.payment_status INTO v_issued, v_earlier, v_payment_status
      FROM q2i_invoice i WHERE i.id = p_id FOR UPDATE;
    IF v_issued THEN
        RETURN ARRAY['ISSUED_BEFORE', v_earlier, v_payment_status];
    END IF;

    -- 2. The next number (counter lpad-ed to at least the width, never cut); the counter row stays locked
    --    until commit.
    FOR attempt IN 1..3 LOOP
        UPDATE q2i_number_counter c SET last_value = c.last_value + 1, last_issue_date = p_issue_date
         WHERE c.company = p_company AND c.series = p_series AND c.period = p_period AND c.last_issue_date <= p_issue_date
        RETURNING p_number_prefix || lpad(c.last_value::TEXT, greatest(p_number_width, length(c.last_value::TEXT)), '0') || p_number_suffix
        INTO v_number;
        EXIT WHEN v_number IS NOT NULL;
        SELECT c.last_issue_date INTO v_last_date FROM q2i_number_counter c
         WHERE c.company = p_company AND c.series = p_series AND c.period = p_period;
        IF FOUND THEN
            IF v_last_date > p_issue_date THEN
                RAISE EXCEPTION 'q2i-chronology % (series % of %)', v_last_date, p_series, p_company USING ERRCODE = 'Q2I03';
            END IF;
            CONTINUE; -- created by a transaction that committed after the UPDATE looked: increment it now
        END IF;
        INSERT INTO q2i_number_counter (company, series, period, last_value, last_issue_date)
        VALUES (p_company, p_series, p_period, 1, p_issue_date) ON CONFLICT DO NOTHING;
        IF FOUND THEN
            v_number := p_number_prefix || lpad('1', p_number_width, '0') || p_number_suffix;
            EXIT;
        END IF;
    END LOOP;
    IF v_number IS NULL THEN
        RAISE EXCEPTION 'counter % % % could be neither created nor incremented', p_company, p_series, p_period;
    END IF;
    IF length(v_number) <> length(p_number_mark) THEN
        RAISE EXCEPTION 'q2i-number-length: % is longer than the prepared texts allow', v_number USING ERRCODE = 'Q2I02';
    END IF;

    -- 3. The issued document carrying the number, with the SHA-256 of its JSON (OFFSET 0: built once).
    IF v_issued IS NULL THEN
        INSERT INTO q2i_invoice (id, company, kind, issued, number, issue_date, payment_status, body, body_sha256, updated_at)
        SELECT p_id, p_company, p_kind, TRUE, v_number, p_issue_date, p_status, b.body, encode(sha256(convert_to(b.body, 'UTF8')), 'hex'),
               p_updated_at
          FROM (SELECT replace(p_body, p_number_mark, v_number) AS body OFFSET 0) b
        RETURNING body_sha256 INTO v_digest;
    ELSE
        UPDATE q2i_invoice i SET company = p_company, kind = p_kind, issued = TRUE, number = v_number, issue_date = p_issue_date,
               payment_status = p_status, body = b.body, body_sha256 = encode(sha256(convert_to(b.body, 'UTF8')), 'hex'),
               updated_at = p_updated_at
          FROM (SELECT replace(p_body, p_number_mark, v_number) AS body OFFSET 0) b
         WHERE i.id = p_id AND NOT i.issued
        RETURNING i.body_sha256 INTO v_digest;
    END IF;

    -- 4. The audit records, chained to the company's head (locked; created at the genesis digest if new).
    --    Digest as AuditChain.digestOf: <len>:<sequence>\n, the entry's fields, <len>:<previous digest>\n, UTF-8.
    SELECT h.last_sequence, h.last_digest INTO v_sequence, v_previous FROM q2i_audit_head h WHERE h.company = p_company FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO q2i_audit_head (company, last_sequence, last_digest) VALUES (p_company, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
        SELECT h.last_sequence, h.last_digest INTO v_sequence, v_previous FROM q2i_audit_head h WHERE h.company = p_company FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'audit head of % could not be created', p_company;
        END IF;
    END IF;
    FOR k IN 1..array_length(p_audit_actions, 1) LOOP
        INSERT INTO q2i_audit_record (company, sequence, document_type, document_id, action, actor, occurred_at, document_digest,
                                      details, previous_digest, digest)
        VALUES (p_company, v_sequence + 1, 'INVOICE', p_id, p_audit_actions[k], p_audit_actors[k], p_audit_time, v_digest,
                replace(p_audit_details[k], p_number_mark, v_number), v_previous,
                encode(sha256(convert_to(length((v_sequence + 1)::TEXT) || ':' || (v_sequence + 1)::TEXT || E'\n'
                    || replace(replace(p_audit_fields[k], p_number_mark, v_number), p_digest_mark, v_digest)
                    || length(v_previous) || ':' || v_previous || E'\n', 'UTF8')), 'hex'))
        RETURNING sequence, digest INTO v_sequence, v_previous;
    END LOOP;
    UPDATE q2i_audit_head SET last_sequence = v_sequence, last_digest = v_previous WHERE company = p_company;

    -- 5. The events, in order.
    FOR k IN 1..coalesce(array_length(p_event_types, 1), 0) LOOP
        INSERT INTO q2i_outbox (event_type, document_id, idempotency_key, occurred_at, payload)
        VALUES (p_event_types[k], p_id, replace(p_event_keys[k], p_number_mark, v_number), p_event_time,
                replace(p_event_payloads[k], p_number_mark, v_number));
    END LOOP;

    RETURN ARRAY['ISSUED', v_number, v_digest];
END
$$;
