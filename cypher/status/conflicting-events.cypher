// Events whose claims disagree (docs/provenance.md §3): a call with two start times or durations, a transfer
// with two times, amounts or currencies, a crossing with two times or directions, a meeting with two times.
// The claims are kept side by side; this counts the events, for the ingest summary. Only reports assert, so
// the ASSERTS degree (read from the node, not by expanding) says which events have more than one claim.
CALL {
  MATCH (e:Call) RETURN e
  UNION ALL MATCH (e:Transaction) RETURN e
  UNION ALL MATCH (e:Crossing) RETURN e
  UNION ALL MATCH (e:Meeting) RETURN e
}
WITH e
WHERE COUNT { (e)<-[:ASSERTS]-() } > 1
WITH e, [(:Report)-[k:ASSERTS]->(e) | [coalesce(k.start, k.ts), k.durationS, k.amount, k.currency, k.direction]] AS values
WHERE any(i IN range(0, 4) WHERE any(v IN values WHERE any(w IN values
          WHERE v[i] IS NOT NULL AND w[i] IS NOT NULL AND v[i] <> w[i])))
RETURN count(e) AS conflicting
