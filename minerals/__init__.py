"""minerals: mine Chinese health-bureau work reports into facts you can compare across years."""

__version__ = "0.1.0"
