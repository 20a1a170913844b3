//! Pieces every view shares, each named for what the reader sees.

pub mod disclosure;
pub mod embed_code;
pub mod figure_list;
pub mod glossary_text;
pub mod menu;
pub mod name_list;
pub mod paused_status;
pub mod progressive;
pub mod proposition;
pub mod reading;
pub mod source_citation;
pub mod stance_badge;
pub mod stance_detail;
pub mod switch;
pub mod tabs;
pub mod view_link;
