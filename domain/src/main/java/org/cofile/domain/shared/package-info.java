/** Building blocks shared by every part of the domain: the base entity and value-object validation. */
package org.cofile.domain.shared;
