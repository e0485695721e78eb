/** The audit trail, written by the persistence layer in the transaction of each change, and read back. */
package org.cofile.workflow.audit;
