"""What every panel uses: the look (theme), messages, the panel base class, background
workers, the busy cursor, fonts, the change signal and the PDF preview."""
