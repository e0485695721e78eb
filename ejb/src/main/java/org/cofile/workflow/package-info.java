/** Cofile's use cases: stateless services, one method per use case, over the domain model. */
package org.cofile.workflow;
