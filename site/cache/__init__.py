"""The cache of CLOTH Hub, in one package (imported as ``clothhub.cache``): see README.md beside
this file for what is cached, keyed by what, and the one invalidation rule."""
