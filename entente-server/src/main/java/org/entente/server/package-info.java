/**
 * The HTTP server of Entente: {@code entente serve} and the composition root that wires the
 * library, the API, the pages and the upload behind one Javalin (Jetty) server.
 */
package org.entente.server;
