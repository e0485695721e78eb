/** The audit trail: who changed which record, when, and its values before and after. */
package org.cofile.domain.audit;
