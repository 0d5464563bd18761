/*
 * Every listing spec, loaded together: a where type may point at any other type's (counties with
 * some partnership, schools whose province…), so all must be registered before a schema is built.
 */
import './directory/listings';
import './people/listings';
import './assistance/listings';
