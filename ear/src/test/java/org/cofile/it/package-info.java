/** Tests against the packaged EAR on a WildFly the build provisions: in the container, over HTTP and in a browser. */
package org.cofile.it;
