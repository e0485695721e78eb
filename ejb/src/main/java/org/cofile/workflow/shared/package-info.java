/** What every use case shares: business exceptions, paging, and who the caller is. */
package org.cofile.workflow.shared;
