/** Organizations (investors, NGOs), their members with roles and API tokens, and coalitions of organizations. */
package org.cofile.domain.organization;
