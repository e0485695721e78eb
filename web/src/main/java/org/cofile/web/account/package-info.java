/** The signed-in member's own account pages: personal API tokens. */
package org.cofile.web.account;
