/** Use cases on organizations: list, create, change, each guarded by the caller's role and organization. */
package org.cofile.workflow.organization;
