/** What the portal's pages share: a table model paged by the services, and the answers to failed requests. */
package org.cofile.web.shared;
