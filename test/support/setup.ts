// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
