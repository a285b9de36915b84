/**
 * The web pages: server-rendered HTML with a little vanilla JavaScript, no front-end build and
 * nothing loaded from elsewhere. Every piece of text goes through {@link org.entente.server.web.Html},
 * which escapes it; the Content-Security-Policy refuses inline scripts besides.
 */
package org.entente.server.web;
