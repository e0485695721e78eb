/** The accountability view: per company and subject, what was asked, voted, promised and kept, with support charts. */
package org.cofile.web.accountability;
