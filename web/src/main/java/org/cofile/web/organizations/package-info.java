/** The portal's organization pages: the paged list, and the form that records or changes an organization. */
package org.cofile.web.organizations;
