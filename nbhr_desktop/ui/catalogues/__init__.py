"""The Danh mục screen: units, agencies and the activity catalogues."""
