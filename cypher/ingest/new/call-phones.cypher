// The phones of a batch's new calls (distinct E.164 numbers), merged once each before the calls are created.
UNWIND $keys AS e164
MERGE (:Phone {e164: e164})
