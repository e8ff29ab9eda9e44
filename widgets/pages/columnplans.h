#pragma once

class ChartPage;

/// Which columns of a page's table come first, which label takes the room
/// left, and which details stay hidden until asked for: at 1366×768 the key
/// figure of every row must be in sight without a scroll.
void planTableColumns(ChartPage *page);
