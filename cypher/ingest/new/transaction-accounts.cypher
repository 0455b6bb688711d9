// The accounts of a batch's new transactions, merged once each before the transactions are created.
UNWIND $keys AS account
MERGE (a:Account {accountId: account.iban})
  ON CREATE SET a.iban = account.iban, a.country = account.country
