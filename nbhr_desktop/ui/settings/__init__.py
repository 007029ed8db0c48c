"""The Cài đặt screen."""
