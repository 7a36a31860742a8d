# import dash
import my-module
