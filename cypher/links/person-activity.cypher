// The dated evidence of each person other than calls (cypher/links/calls-to-unowned-numbers.cypher has
// those): transfers of accounts they hold, meetings they attended, crossings of vehicles they drive or keep;
// one row per (person, event, path), as stored, before any release rule (store.LinkSignalReader and
// graph.Release decide what stands; docs/algorithms.md "Suggested links", activity overlap).
//   person    the person
//   event     kind and id, unique over kinds (transaction:T0001, meeting:M01, crossing:X0001)
//   location  the crossing's place (crossings of one place within the crossing window join their persons);
//             null for the other kinds
//   parts     for EVERY relationship the event rests on from the person's side, the reports asserting it
//   events    [the claims about the event]: {reportId, at}
MATCH (p:Person)-[h:HOLDS]->(:Account)-[x:SENT|RECEIVED_BY]-(t:Transaction)-[y:SENT|RECEIVED_BY]-(:Account)
WHERE type(x) <> type(y)
RETURN p.personId AS person, 'transaction:' + t.txId AS event, null AS location,
       [h.reportIds, x.reportIds, y.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(t) | {reportId: r.reportId, at: k.ts}]] AS events

UNION ALL
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
RETURN p.personId AS person, 'meeting:' + m.meetingId AS event, null AS location,
       [a.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(m) | {reportId: r.reportId, at: k.ts}]] AS events

UNION ALL
MATCH (l:Location)<-[at:AT]-(c:Crossing)<-[m:MADE]-(:Vehicle)<-[d:DRIVES|KEEPER_OF]-(p:Person)
RETURN p.personId AS person, 'crossing:' + c.crossingId AS event, l.locationId AS location,
       [d.reportIds, m.reportIds, at.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.ts}]] AS events
