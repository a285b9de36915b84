/**
 * The store: versioned schema migrations (Flyway) and the data access for documents and facts,
 * on an embedded H2 database by default and on PostgreSQL for a shared server.
 */
package org.entente.store;
