// The coproduce tags in every template, typed (Vue's GlobalComponents).
import type {} from 'coproduce/vue';
