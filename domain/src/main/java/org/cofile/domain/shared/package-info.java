/** Building blocks shared by every part of the domain: the base entity, value objects and input validation. */
package org.cofile.domain.shared;
