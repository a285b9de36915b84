/** What the API and the pages share over HTTP: the error every handler throws, and the parameter checks. */
package org.entente.server.http;
